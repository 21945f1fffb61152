import { type INestApplicationContext, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';

import { ACCESS_RULES, PUBLIC_ROUTE } from './access.decorators.js';
import type { AccessRule, RouteAccessRule } from './access-rule.js';

/** The access declared for a handler of a controller (a handler's own declaration replaces its class's). */
export function declaredAccess(
  reflector: Reflector,
  handler: object,
  controller: object,
): RouteAccessRule | undefined {
  const targets = [handler, controller] as Type[];
  if (reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets)) return { public: true };
  const rules = reflector.getAllAndOverride<AccessRule[] | undefined>(ACCESS_RULES, targets);
  return rules ? { public: false, rules } : undefined;
}

export interface RouteAccess {
  method: string;
  path: string;
  controller: string;
  handler: string;
  /** Undefined: the route declares no rule, and the guard refuses every call to it. */
  access: RouteAccessRule | undefined;
}

function joinPaths(prefix: string, path: string): string {
  const joined = `/${prefix}/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

function pathsOf(target: object): string[] {
  const declared = Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;
  return Array.isArray(declared) ? declared : [declared ?? '/'];
}

/**
 * Every HTTP route of the application's controllers with the access it declares: the checklist a test walks
 * to fail when a route has no rule. Paths are the controllers' own (no global prefix or versioning is used).
 */
export function listRouteAccess(app: INestApplicationContext): RouteAccess[] {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: RouteAccess[] = [];
  const seen = new Set<Type>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | undefined;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const prototype = controller.prototype as Record<string, object>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const controllerPath of pathsOf(controller)) {
          for (const handlerPath of pathsOf(handler)) {
            routes.push({
              method: RequestMethod[method],
              path: joinPaths(controllerPath, handlerPath),
              controller: controller.name,
              handler: name,
              access: declaredAccess(reflector, handler, controller),
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
