import { useEffect, useState, type ComponentProps, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- component props vary per screen
type AnyComponent = ComponentType<any>;

export type LazyComponent<C extends AnyComponent> = ComponentType<ComponentProps<C>> & {
  /** Starts fetching the code now, for a screen that is about to be shown. */
  preload: () => Promise<unknown>;
};

type Options = {
  /** What the placeholder says while the code is fetched (an i18n key); null shows nothing, for
   *  a dialog that appears once it is ready. */
  loadingKey?: string | null;
  className?: string;
};

/**
 * A component whose code is fetched the first time it is shown, so the first screen of the app
 * carries only what it needs.
 *
 * Not React.lazy: React holds back content that arrives after a Suspense fallback until 300 ms
 * have passed since that fallback appeared (to stop parts of a page popping in one by one), and
 * a deep link to a live roadmap met that hold twice, more than fetching the code and opening the
 * workshop together. Here the placeholder gives way as soon as the code is in. A download that
 * fails (the hub went away mid-load on a participant's phone) says so and offers to try again,
 * where a rejected React.lazy would have blanked the page.
 */
export function lazyComponent<Name extends string, Module extends Record<Name, AnyComponent>>(load: () => Promise<Module>, name: Name, options: Options = {}): LazyComponent<Module[Name]> {
  type Props = ComponentProps<Module[Name]>;
  let loaded: AnyComponent | undefined;
  let pending: Promise<AnyComponent> | undefined;
  const preload = (): Promise<AnyComponent> =>
    (pending ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function Lazy(props: Props) {
    const { t } = useTranslation();
    const [state, setState] = useState<{ component?: AnyComponent; failed?: boolean }>(() => ({ component: loaded }));
    useEffect(() => {
      if (state.component || state.failed) return;
      let live = true;
      preload().then(
        (component) => live && setState({ component }),
        () => live && setState({ failed: true }),
      );
      return () => {
        live = false;
      };
    }, [state]);
    const Loaded = state.component;
    if (Loaded) return <Loaded {...props} />;
    if (state.failed) {
      return (
        <p className={options.className} role="alert">
          {t('app.loadFailed')}{' '}
          <button type="button" onClick={() => setState({})}>
            {t('app.tryAgain')}
          </button>
        </p>
      );
    }
    if (options.loadingKey === null) return null;
    return (
      <p className={options.className ?? 'muted'} role="status">
        {t(options.loadingKey ?? 'app.loading')}
      </p>
    );
  }
  Lazy.displayName = `Lazy(${name})`;
  return Object.assign(Lazy, { preload });
}
