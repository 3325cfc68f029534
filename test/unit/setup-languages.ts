/**
 * Every unit test may ask for messages in both languages: the English dictionary, a chunk of its own in the browser
 * (src/i18n/messages.ts), is loaded before any test runs, as the command line does at start, and so are the words of
 * the panels that load on first use (src/i18n/zh-panels.ts, en-panels.ts).
 */
import { loadLang, loadPanelWords } from '../../src/i18n/messages.ts';

await Promise.all([loadLang('en'), loadPanelWords('zh'), loadPanelWords('en')]);
