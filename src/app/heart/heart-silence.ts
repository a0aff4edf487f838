/** No reading for this long (ms) opens a gap, greys the meter and blanks the heart rate shown. */
export const NO_DATA_MS = 5000;
