import express from 'express';
import { HarvesterContext } from '../service/HarvesterContext';

/** 401 before 400: nothing about a request is judged until it is signed. */
export function requireUser(context: HarvesterContext): express.RequestHandler {
  return (req, _res, next) => {
    context.httpAuth
      .credentials(req, { allow: ['user'] })
      .then(() => next(), next);
  };
}
