import {herokuError, json, notFound} from './replies.js';
import type {Route} from './replies.js';
import {appJson} from './serialize.js';
import {findApp} from './state.js';

// PATCH /apps/{app} with `maintenance`: the only change to an app pipeline-tui makes.

export const maintenanceRoutes: Route[] = [
  {
    method: 'PATCH',
    pattern: /^\/apps\/([^/]+)$/,
    zone: 'heroku',
    handle(ctx, [idOrName]) {
      const app = findApp(ctx.state, idOrName!);
      if (!app) return notFound('app');
      if (app.readOnly) {
        return herokuError(403, 'forbidden', `You do not have access to the app ${app.name}.`);
      }
      const body = (ctx.body ?? {}) as {maintenance?: unknown};
      if (typeof body.maintenance !== 'boolean') {
        return herokuError(422, 'invalid_params', 'Maintenance must be true or false.');
      }
      app.maintenance = body.maintenance;
      app.updatedAt = new Date().toISOString();
      return json(appJson(ctx.state, app));
    },
  },
];
