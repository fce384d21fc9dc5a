#include "desktoptheme.h"

#include <QApplication>
#include <QIcon>
#include <QImageReader>
#include <QStyle>
#include <QWidget>
#include <QtTest>

using namespace planner;

class TestDesktopTheme : public QObject
{
    Q_OBJECT

private slots:
    void darkPaletteIsDarkAndReadable();
    void defaultPaletteIsLight();
    void portalValues();
    void applyNamesDesktopEntryAndIcon();
    void appearanceIsTheUsersChoice();
};

void TestDesktopTheme::darkPaletteIsDarkAndReadable()
{
    const QPalette dark = DesktopTheme::darkPalette();
    QVERIFY(DesktopTheme::isDark(dark));
    // Text and links stand out from what they are drawn on.
    QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);
    QVERIFY(dark.color(QPalette::Link).lightness() > 128);
}

void TestDesktopTheme::defaultPaletteIsLight()
{
    // Qt's own palette (offscreen has no desktop theme) is kept as it is.
    QVERIFY(!DesktopTheme::isDark(QApplication::style()->standardPalette()));
}

void TestDesktopTheme::portalValues()
{
    QCOMPARE(DesktopTheme::schemeFromPortalValue(0), DesktopTheme::Scheme::Unknown);
    QCOMPARE(DesktopTheme::schemeFromPortalValue(1), DesktopTheme::Scheme::Dark);
    QCOMPARE(DesktopTheme::schemeFromPortalValue(2), DesktopTheme::Scheme::Light);
    QCOMPARE(DesktopTheme::schemeFromPortalValue(7), DesktopTheme::Scheme::Unknown);
}

void TestDesktopTheme::applyNamesDesktopEntryAndIcon()
{
    const QPalette before = QApplication::palette();
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"); // no portal: no change
    DesktopTheme::apply(*qApp, Preferences::Appearance::System);
    QCOMPARE(QGuiApplication::desktopFileName(), DesktopTheme::applicationId());
    QCOMPARE(QApplication::palette(), before);
    QVERIFY(!QApplication::windowIcon().isNull());
    if (!QImageReader::supportedImageFormats().contains("svg"))
        QSKIP("The Qt SVG plugins (libqt6svg6) are missing: the icon cannot be drawn");
    // Sharp at a high-DPI size, not a scaled-up bitmap.
    const QPixmap large = QApplication::windowIcon().pixmap(256);
    QCOMPARE(large.size(), QSize(256, 256));
}

void TestDesktopTheme::appearanceIsTheUsersChoice()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    DesktopTheme::apply(*qApp, Preferences::Appearance::System);
    const QPalette desktop = QApplication::palette();
    QVERIFY(!DesktopTheme::isDark(desktop)); // offscreen: a light desktop
    // A widget made before the change draws with the new colours.
    QWidget widget;
    DesktopTheme::setAppearance(Preferences::Appearance::Dark);
    QVERIFY(DesktopTheme::isDark(QApplication::palette()));
    QCoreApplication::processEvents();
    QVERIFY(DesktopTheme::isDark(widget.palette()));
    DesktopTheme::setAppearance(Preferences::Appearance::Light);
    QVERIFY(!DesktopTheme::isDark(QApplication::palette()));
    QCoreApplication::processEvents(); // widgets hear of it through the event loop
    QVERIFY(!DesktopTheme::isDark(widget.palette()));
    DesktopTheme::setAppearance(Preferences::Appearance::System);
    QCOMPARE(QApplication::palette(), desktop);
    // Started dark by choice: dark from the first window.
    DesktopTheme::apply(*qApp, Preferences::Appearance::Dark);
    QVERIFY(DesktopTheme::isDark(QApplication::palette()));
    DesktopTheme::setAppearance(Preferences::Appearance::System);
}

QTEST_MAIN(TestDesktopTheme)
#include "tst_desktoptheme.moc"
