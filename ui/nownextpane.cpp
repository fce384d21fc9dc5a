#include "nownextpane.h"

#include "clock.h"
#include "nownextmodel.h"
#include "timeformatter.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimerEvent>
#include <QTreeView>
#include <QVBoxLayout>

namespace planner {

NowNextPane::NowNextPane(NowNextModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(&Clock::system())
    , m_time(new QLabel(this))
    , m_list(new QTreeView(this))
{
    m_list->setObjectName(QStringLiteral("nowNextList"));
    m_list->setModel(&m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NowNextModel::TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(NowNextModel::WhenColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NowNextModel::RoomColumn, QHeaderView::ResizeToContents);
    m_time->setObjectName(QStringLiteral("nowNextTime"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_time);
    layout->addWidget(m_list, 1);

    connect(&m_model, &QAbstractItemModel::modelReset, this, &NowNextPane::spanHeadings);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const QString key = m_model.sessionKeyAt(current.row());
            if (current.isValid() && !key.isEmpty())
                emit sessionChosen(key);
        });
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString key = m_model.sessionKeyAt(index.row());
        if (!key.isEmpty())
            emit sessionActivated(key);
    });
    retranslateUi();
}

void NowNextPane::setClock(const Clock &clock)
{
    m_clock = &clock;
    refresh();
}

void NowNextPane::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    retranslateUi();
}

void NowNextPane::setLanguage(Language language)
{
    m_language = language;
    retranslateUi();
}

void NowNextPane::retranslateUi()
{
    m_list->setAccessibleName(tr("Now and next"));
    const QDateTime now = m_model.now();
    if (!now.isValid()) {
        m_time->clear();
        return;
    }
    const TimeFormatter formatter(localeOf(m_language), m_zone, TimeFormatter::DateLength::Short);
    m_time->setText(tr("At %1 %2, conference time").arg(
        formatter.day(now.toTimeZone(m_zone).date()), formatter.clock(now)));
}

void NowNextPane::refresh()
{
    // The session chosen stays chosen while it is still listed.
    const QString kept = m_model.sessionKeyAt(m_list->currentIndex().row());
    m_model.setNow(m_clock->now());
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (!kept.isEmpty() && m_model.sessionKeyAt(row) == kept) {
            const QSignalBlocker quiet(m_list->selectionModel());
            m_list->setCurrentIndex(m_model.index(row, 0));
            break;
        }
    }
    retranslateUi();
}

void NowNextPane::spanHeadings()
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const bool heading = m_model.index(row, 0).data(NowNextModel::IsHeadingRole).toBool();
        m_list->setFirstColumnSpanned(row, {}, heading);
    }
}

void NowNextPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    if (m_timer == 0)
        m_timer = startTimer(30 * 1000);
}

void NowNextPane::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer) {
        QWidget::timerEvent(event);
        return;
    }
    // Nobody reads a hidden list: it is refreshed when shown again.
    if (isVisible())
        refresh();
}

} // namespace planner
