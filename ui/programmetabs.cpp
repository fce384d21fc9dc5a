#include "programmetabs.h"

#include <QEvent>
#include <QTabBar>

namespace planner {

namespace {

const char *const pageNames[] = { "tracks", "day", "now" };

} // namespace

ProgrammeTabs::ProgrammeTabs(QWidget *tracks, QWidget *day, QWidget *nowNext, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("programmeViews"));
    setDocumentMode(true);
    // The tab bar takes the keys (a tab widget would pass them on to it, and
    // Tab would come back to it from further on).
    setFocusPolicy(Qt::NoFocus);
    setFocusProxy(nullptr);
    tabBar()->setFocusPolicy(Qt::TabFocus);
    addTab(tracks, QString());
    addTab(day, QString());
    addTab(nowNext, QString());
    retranslateUi();
}

QString ProgrammeTabs::pageName() const
{
    return QLatin1String(pageNames[currentIndex()]);
}

void ProgrammeTabs::showPageNamed(const QString &name)
{
    for (int page = 0; page < count(); ++page) {
        if (name == QLatin1String(pageNames[page]))
            setCurrentIndex(page);
    }
}

void ProgrammeTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void ProgrammeTabs::retranslateUi()
{
    setAccessibleName(tr("Programme views"));
    tabBar()->setAccessibleName(tr("Programme views"));
    setTabText(Tracks, tr("By Track"));
    setTabText(Day, tr("By Day"));
    setTabText(NowNext, tr("Now && Next"));
    setTabToolTip(Tracks, tr("The programme's tracks and their sessions (Alt+1)"));
    setTabToolTip(Day, tr("A day by time and room (Alt+2)"));
    setTabToolTip(NowNext, tr("What runs now and what starts within the hour (Alt+3)"));
}

} // namespace planner
