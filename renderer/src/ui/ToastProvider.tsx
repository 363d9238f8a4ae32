import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Toast = {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  /** How long the toast stays; undo toasts stay longer. */
  timeoutMs?: number;
};

type ShownToast = Toast & { key: number };

const ToastContext = createContext<(toast: Toast) => void>(() => undefined);

/** Shows short messages at the bottom of the screen, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextKey = useRef(1);

  const dismiss = useCallback((key: number) => setToasts((current) => current.filter((toast) => toast.key !== key)), []);
  const show = useCallback(
    (toast: Toast) => {
      const key = nextKey.current++;
      setToasts((current) => [...current.slice(-2), { ...toast, key }]);
      window.setTimeout(() => dismiss(key), toast.timeoutMs ?? (toast.onAction ? 10_000 : 5_000));
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div className="toast" key={toast.key}>
            <span>{toast.message}</span>
            {toast.onAction && toast.actionLabel ? (
              <button
                type="button"
                className="button button-inverse"
                onClick={() => {
                  toast.onAction?.();
                  dismiss(toast.key);
                }}
              >
                {toast.actionLabel}
              </button>
            ) : null}
            <button type="button" className="icon-button toast-close" aria-label={t('toast.dismiss')} onClick={() => dismiss(toast.key)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: Toast) => void {
  return useContext(ToastContext);
}
