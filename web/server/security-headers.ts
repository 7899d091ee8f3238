/*
 * The headers every answer carries (with @fastify/helmet): a Content-Security-Policy that allows
 * the app's own scripts only (no inline script, no eval, no other origin), styles from the app (and
 * the inline styles CodeMirror and React set), images and workers from the app and from blob: and
 * data: URLs (the view's PNG export, the layout worker); no framing by anyone (frame-ancestors
 * 'none', X-Frame-Options DENY), no MIME sniffing, no Referer sent elsewhere, and no CORS headers
 * unless NEWSGRAPH_CORS_ORIGINS lists origins (access.ts).
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';

export const SECURITY_HEADERS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
  strictTransportSecurity: false,
};
