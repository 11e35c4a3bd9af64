/**
 * The window's assembly: the JavaFX application, the main window with its menus, and the first paint. It sits
 * above the pages it puts together (ui.portfolio, ui.project, ui.shell...), which in turn sit above the small
 * shared pieces in ui itself (formats, dialogs, progress, the use cases handed in by app).
 */
package org.innovationportfolio.ui.window;
