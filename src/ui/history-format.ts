// The words live in core/content; these names stay for the views that import them from here.
export {
  answerWords,
  breathsWords,
  dateTimeWords,
  lengthWords,
  statusWords,
  urgeWords,
  weekWords,
} from '../core/content/sessions';
export { bytesWords, countsWords, isEmptyCounts, outcomeWords } from '../core/content/data';
