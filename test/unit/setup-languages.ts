/**
 * Every unit test may ask for messages in both languages: the English dictionary, a chunk of its own in the browser
 * (src/i18n/messages.ts), is loaded before any test runs, as the command line does at start.
 */
import { loadLang } from '../../src/i18n/messages.ts';

await loadLang('en');
