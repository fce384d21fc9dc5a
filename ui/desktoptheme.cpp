#include "desktoptheme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QIcon>
#include <QStyle>

namespace planner {

QString DesktopTheme::applicationId()
{
    return QStringLiteral("org.conferenceplanner.ConferencePlanner");
}

void DesktopTheme::apply(QApplication &app, Preferences::Appearance appearance)
{
    // Wayland compositors and task bars match the window to its menu entry by this name.
    QGuiApplication::setDesktopFileName(applicationId());
    // The installed theme icon when there is one, else the bundled SVG (which needs
    // the Qt SVG icon engine plugin, libqt6svg6, to draw).
    app.setWindowIcon(QIcon::fromTheme(
        applicationId(), QIcon(QStringLiteral(":/icons/%1.svg").arg(applicationId()))));
    // A platform theme that knows the desktop is dark (KDE's) already gave a dark
    // palette. Qt 6.4's GTK theme does not, so ask the portal; otherwise keep Qt's own.
    desktopPalette() = QApplication::palette();
    desktopIsDark() = isDark(desktopPalette())
        || (appearance == Preferences::Appearance::System && portalScheme() == Scheme::Dark);
    setAppearance(appearance);
}

QPalette &DesktopTheme::desktopPalette()
{
    static QPalette palette;
    return palette;
}

bool &DesktopTheme::desktopIsDark()
{
    static bool dark = false;
    return dark;
}

void DesktopTheme::setAppearance(Preferences::Appearance appearance)
{
    const bool paletteIsDark = isDark(desktopPalette());
    bool dark = desktopIsDark();
    if (appearance == Preferences::Appearance::Light)
        dark = false;
    if (appearance == Preferences::Appearance::Dark)
        dark = true;
    if (dark == paletteIsDark)
        QApplication::setPalette(desktopPalette());
    else if (dark)
        QApplication::setPalette(darkPalette());
    else // a light window on a dark desktop: the style's own light colours
        QApplication::setPalette(QApplication::style()->standardPalette());
}

bool DesktopTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

DesktopTheme::Scheme DesktopTheme::schemeFromPortalValue(uint value)
{
    switch (value) {
    case 1:
        return Scheme::Dark;
    case 2:
        return Scheme::Light;
    default:
        return Scheme::Unknown; // 0: no preference
    }
}

DesktopTheme::Scheme DesktopTheme::portalScheme()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Scheme::Unknown;
    QDBusMessage message
        = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.portal.Desktop"),
            QStringLiteral("/org/freedesktop/portal/desktop"),
            QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    message << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // Short: a missing portal must not hold up the window.
    const QDBusMessage reply = bus.call(message, QDBus::Block, 400);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return Scheme::Unknown;
    // Read() answers a variant holding the setting's variant.
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok ? schemeFromPortalValue(scheme) : Scheme::Unknown;
}

QPalette DesktopTheme::darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(128, 128, 128);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(255, 90, 90));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(125));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(110, 170, 255));
    palette.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace planner
