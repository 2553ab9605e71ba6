import { render } from 'preact';
import '@/assets/styles/base.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
