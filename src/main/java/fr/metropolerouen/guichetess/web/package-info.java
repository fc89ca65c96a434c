/**
 * The web application's frame: the layout and style of every page, the home and login pages, French messages, and
 * how pages show errors. Each feature module serves its own pages ({@link PageController}) on its own services; this
 * module knows none of them.
 */
@ApplicationModule(displayName = "Application web")
package fr.metropolerouen.guichetess.web;

import org.springframework.modulith.ApplicationModule;
