#pragma once

#include "preferences.h"

#include <QPalette>

class QApplication;

namespace planner {

// Makes the window at home on the desktop: the application's icon (scalable, so sharp at
// any scale factor), the desktop entry it belongs to, and a dark palette when the
// desktop prefers one.
struct DesktopTheme
{
    enum class Scheme { Unknown, Light, Dark };

    static QString applicationId(); // also the .desktop file's and icon's name
    // The icon, the desktop entry and `appearance` (Preferences): at start, before
    // any window.
    static void apply(QApplication &app, Preferences::Appearance appearance);
    // Light or dark from now on; System follows the desktop as it was at start.
    static void setAppearance(Preferences::Appearance appearance);

    // True when the palette's window colour is dark, as a dark desktop theme sets it.
    static bool isDark(const QPalette &palette);
    // What the desktop asks for through the XDG desktop portal (GNOME 42+, KDE 5.24+),
    // Unknown where there is no portal or session bus.
    static Scheme portalScheme();
    // The portal's org.freedesktop.appearance color-scheme value: 1 dark, 2 light.
    static Scheme schemeFromPortalValue(uint value);
    // Fusion's colours turned dark, with links readable on a dark background.
    static QPalette darkPalette();

private:
    static QPalette &desktopPalette(); // as the platform gave it, before any change
    static bool &desktopIsDark();
};

} // namespace planner
