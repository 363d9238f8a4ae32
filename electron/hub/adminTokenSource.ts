/**
 * Where the headless hub finds its admin token. A token on the command line is echoed by
 * `npm run` (onto a terminal that may be on the projector) and readable by every user of the
 * machine in the process list, so a file or an environment variable is the way to give it; the
 * flag is still read, with a warning, for scripts written before.
 */
export type AdminTokenInputs = {
  /** --admin-token-file: a file holding the token (surrounding white space ignored). */
  file?: string;
  /** --admin-token, the old way. */
  flag?: string;
  env: NodeJS.ProcessEnv;
};

export type AdminTokenChoice = { token?: string; warning?: string; error?: string };

export function adminTokenFrom(inputs: AdminTokenInputs, readText: (path: string) => string): AdminTokenChoice {
  if (inputs.file !== undefined) {
    let token: string;
    try {
      token = readText(inputs.file).trim();
    } catch (error) {
      return { error: `cannot read the admin token file ${inputs.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    }
    return token ? { token } : { error: `the admin token file ${inputs.file} is empty` };
  }
  if (inputs.flag !== undefined) {
    return { token: inputs.flag, warning: '--admin-token shows the token to anyone who sees this terminal or the process list; use --admin-token-file or BARAZA_ADMIN_TOKEN instead' };
  }
  const fromEnv = inputs.env.BARAZA_ADMIN_TOKEN ?? inputs.env.BARAZA_HUB_ADMIN_TOKEN;
  return fromEnv ? { token: fromEnv } : {};
}
