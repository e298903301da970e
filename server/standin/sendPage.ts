import type { ServerResponse } from 'node:http';
import { sendHtml } from '../http/sendHtml';
import type { StandInPage } from './pages';

export function sendPage(response: ServerResponse, status: number, page: StandInPage): void {
  sendHtml(response, status, page.html, page.contentSecurityPolicy);
}
