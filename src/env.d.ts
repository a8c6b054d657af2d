/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in user, when the request carries a valid session cookie. */
    user?: import('./server/repositories/users.ts').User;
  }
}
