// Apart from ./strap so that only the Bluetooth adapter's chunk carries these sentences.

/** What the person reads for each pairing or connection failure; each says what to do. */
export const STRAP_FAILURE_WORDS = {
  unsupported:
    'Heart-rate straps need Chrome or Edge on Android, ChromeOS, macOS or Windows. This browser (e.g. Safari on iPhone, Firefox) cannot reach Bluetooth.',
  'bluetooth-off': 'Bluetooth is off. Turn it on in your device’s settings, then try again.',
  'permission-denied':
    'This browser is not allowed to use Bluetooth here. Allow Bluetooth (on Android also “Nearby devices” or location) for this site, then try again.',
  cancelled:
    'No strap was chosen. Put the strap on (most wake when they touch skin), then try again.',
  'no-heart-rate-service':
    'That device does not share a heart rate. Choose a heart-rate strap (one that lists “Heart Rate”).',
  'connection-failed':
    'Could not connect to the strap. Check that it is on, worn and close by, then try again.',
} as const;
