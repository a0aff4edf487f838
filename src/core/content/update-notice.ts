/** The quiet notice that a new version of Stay is ready. */
export const UPDATE_WORDS = {
  ready: 'Update ready',
  updating: 'Updating…',
  updateNow: 'Update now',
  notNow: 'Not now',
} as const;
