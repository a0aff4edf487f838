// The words live in core/content/practice; this name stays for the views that import it from here.
export { phaseWord } from '../core/content/practice';
