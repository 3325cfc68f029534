import { mount } from 'svelte';
import './ui/app.css';
import App from './ui/App.svelte';
import { locale } from './i18n/index.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
// the stored language's words first (English is a chunk of its own), so that the app never shows the other language
// for a moment; a failed load mounts in Chinese with a notice (locale.failed)
void locale.boot().then(() => {
  // the static note index.html shows where the app cannot start (file://) goes as soon as it can
  target.replaceChildren();
  mount(App, { target });
});
