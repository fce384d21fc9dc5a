#include "dayview.h"

#include "daygridmodel.h"
#include "daygridview.h"
#include "timeformatter.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace planner {

DayView::DayView(DayGridModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_days(new QTabBar(this))
    , m_zone(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_grid(new DayGridView(this))
{
    m_days->setObjectName(QStringLiteral("dayTabs"));
    m_days->setExpanding(false);
    m_days->setDrawBase(false);
    m_days->setUsesScrollButtons(true);
    m_zone->setObjectName(QStringLiteral("dayGridZone"));
    m_zone->setCheckable(true);
    m_zoomOut->setObjectName(QStringLiteral("dayGridZoomOut"));
    m_zoomIn->setObjectName(QStringLiteral("dayGridZoomIn"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setAutoRaise(true);
    m_zoomIn->setAutoRaise(true);
    m_zone->setAutoRaise(true);
    m_grid->setObjectName(QStringLiteral("dayGrid"));
    m_grid->setModel(&m_model);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_days, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_zone);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);

    connect(m_days, &QTabBar::currentChanged, this, [this](int tab) {
        if (m_filling || tab < 0)
            return;
        // Another day starts at its first session.
        m_model.setDay(m_days->tabData(tab).toDate());
        m_grid->verticalScrollBar()->setValue(0);
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillDays();
        m_count->setText(tr("%n session(s)", "on the day shown", m_model.rowCount()));
    });
    connect(m_zone, &QToolButton::toggled, this, [this] { applyZone(); });
    connect(m_zoomIn, &QToolButton::clicked, m_grid, &DayGridView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_grid, &DayGridView::zoomOut);
    connect(m_grid, &DayGridView::zoomChanged, this, [this](int step) {
        m_zoomIn->setEnabled(step + 1 < DayGridView::zoomSteps);
        m_zoomOut->setEnabled(step > 0);
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                emit sessionChosen(current.data(DayGridModel::SessionKeyRole).toString());
        });
    connect(m_grid, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit sessionActivated(index.data(DayGridModel::SessionKeyRole).toString());
    });
    connect(m_grid, &DayGridView::roomLayoutChanged, this, &DayView::roomLayoutChanged);
    retranslateUi();
}

void DayView::setClock(const Clock &clock)
{
    m_grid->setClock(clock);
}

void DayView::setLanguage(Language language)
{
    m_language = language;
    m_grid->setLocale(localeOf(language));
    retranslateUi();
}

void DayView::retranslateUi()
{
    m_zone->setText(tr("Your Time"));
    m_zone->setToolTip(tr("Show the times in your time zone instead of the conference's"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+−)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_grid->setAccessibleName(tr("Day grid"));
    m_count->setText(tr("%n session(s)", "on the day shown", m_model.rowCount()));
    fillDays();
    m_grid->viewport()->update();
}

void DayView::fillDays()
{
    // Rebuilt whole when the days or their names change (a conference has a
    // handful); a day chosen only moves the current tab.
    m_filling = true;
    const QList<QDate> days = m_model.days();
    const TimeFormatter formatter(localeOf(m_language), m_conferenceZone);
    QStringList names;
    for (const QDate &day : days)
        names.append(formatter.day(day));
    bool same = m_days->count() == days.size();
    for (int tab = 0; same && tab < m_days->count(); ++tab)
        same = m_days->tabData(tab).toDate() == days.at(tab) && m_days->tabText(tab) == names.at(tab);
    if (!same) {
        while (m_days->count() > 0)
            m_days->removeTab(0);
        for (int i = 0; i < days.size(); ++i)
            m_days->setTabData(m_days->addTab(names.at(i)), days.at(i));
    }
    m_days->setCurrentIndex(int(days.indexOf(m_model.day())));
    // The bar was laid out before it had tabs, at no height: it asks again.
    m_days->setMinimumHeight(days.isEmpty() ? 0 : m_days->sizeHint().height());
    m_filling = false;
}

void DayView::showDay(const QDate &day)
{
    const int tab = int(m_model.days().indexOf(day));
    if (tab >= 0)
        m_days->setCurrentIndex(tab);
}

bool DayView::selectSession(const QString &sessionKey)
{
    if (sessionKey.isEmpty())
        return false;
    int row = m_model.rowOfSession(sessionKey);
    if (row < 0) {
        // Another day's, perhaps: the grid follows the session chosen elsewhere.
        for (const QDate &day : m_model.days()) {
            if (day == m_model.day())
                continue;
            m_model.setDay(day);
            row = m_model.rowOfSession(sessionKey);
            if (row >= 0)
                break;
        }
        if (row < 0)
            return false;
    }
    const QModelIndex index = m_model.index(row);
    if (!m_grid->isShown(index))
        return false;
    if (m_grid->currentIndex() != index)
        m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_grid->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString DayView::currentSessionKey() const
{
    return m_grid->currentIndex().data(DayGridModel::SessionKeyRole).toString();
}

void DayView::setZones(const QTimeZone &conference, const QTimeZone &yours)
{
    m_conferenceZone = conference;
    m_yourZone = yours;
    // The choice matters only where the two differ now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_zonesDiffer = conference.offsetFromUtc(now) != yours.offsetFromUtc(now);
    m_zone->setVisible(m_zonesDiffer);
    applyZone();
}

bool DayView::inYourZone() const
{
    return m_zone->isChecked();
}

void DayView::setInYourZone(bool yours)
{
    m_zone->setChecked(yours);
    applyZone();
}

void DayView::applyZone()
{
    const QString kept = currentSessionKey();
    const bool yours = m_zone->isChecked() && m_zonesDiffer;
    m_model.setTimeZone(yours ? m_yourZone : m_conferenceZone);
    selectSession(kept);
}

} // namespace planner
