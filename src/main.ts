import { mount } from 'svelte';
import './ui/app.css';
import App from './ui/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
// the static note index.html shows where the app cannot start (file://) goes as soon as it can
target.replaceChildren();
export default mount(App, { target });
