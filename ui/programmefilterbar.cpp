#include "programmefilterbar.h"

#include "timeformatter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace planner {

namespace {

QComboBox *filterBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // Long track names are read in the list, not by widening the bar past the
    // window: the box shows what fits, its list all of each name.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return box;
}

} // namespace

ProgrammeFilterBar::ProgrammeFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_days(filterBox(QStringLiteral("dayFilter"), this))
    , m_tracks(filterBox(QStringLiteral("trackFilter"), this))
    , m_rooms(filterBox(QStringLiteral("roomFilter"), this))
    , m_span(new QToolButton(this))
    , m_changes(new QToolButton(this))
    , m_markSeen(new QToolButton(this))
{
    setObjectName(QStringLiteral("programmeFilters"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_days, 2);
    layout->addWidget(m_tracks, 3);
    layout->addWidget(m_rooms, 2);
    m_span->setObjectName(QStringLiteral("timeSpanFilter"));
    m_span->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_span->hide();
    layout->addWidget(m_span);
    m_changes->setObjectName(QStringLiteral("changesFilter"));
    m_changes->setCheckable(true);
    m_changes->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_changes->hide();
    layout->addWidget(m_changes);
    m_markSeen->setObjectName(QStringLiteral("markChangesSeen"));
    m_markSeen->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_markSeen->hide();
    layout->addWidget(m_markSeen);
    connect(m_changes, &QToolButton::toggled, this, [this](bool on) {
        m_markSeen->setVisible(on);
        emit changesOnlyChosen(on);
    });
    connect(m_markSeen, &QToolButton::clicked, this, &ProgrammeFilterBar::markAllSeenChosen);
    connect(m_span, &QToolButton::clicked, this, [this] {
        showTimeSpan(QString());
        emit timeSpanCleared();
    });
    connect(m_days, &QComboBox::activated, this,
        [this](int index) { emit dayChosen(m_days->itemData(index).toDate()); });
    connect(m_tracks, &QComboBox::activated, this,
        [this](int index) { emit trackChosen(m_tracks->itemData(index).toString()); });
    connect(m_rooms, &QComboBox::activated, this,
        [this](int index) { emit roomChosen(m_rooms->itemData(index).toString()); });
    setTabOrder(m_days, m_tracks);
    setTabOrder(m_tracks, m_rooms);
    setTabOrder(m_rooms, m_span);
    setTabOrder(m_span, m_changes);
    setTabOrder(m_changes, m_markSeen);
    retranslateUi();
}

void ProgrammeFilterBar::retranslateUi()
{
    m_days->setAccessibleName(tr("Day filter"));
    m_days->setToolTip(tr("Show one day only"));
    m_tracks->setAccessibleName(tr("Track filter"));
    m_tracks->setToolTip(tr("Show one track only"));
    m_rooms->setAccessibleName(tr("Room filter"));
    m_rooms->setToolTip(tr("Show one room only"));
    m_span->setToolTip(tr("Show sessions at any time again"));
    m_span->setAccessibleName(tr("Clear the time filter"));
    m_changes->setText(
        tr("Changes (%1)", "sessions changed since the user last looked").arg(m_changeCount));
    m_changes->setToolTip(tr("Show only the sessions that are new, moved, changed or cancelled "
                             "since you last looked"));
    m_changes->setAccessibleName(tr("Show only changed sessions"));
    m_markSeen->setText(tr("Mark All as Seen"));
    m_markSeen->setToolTip(tr("Clear the badges of every changed session"));
    if (!m_spanLabel.isEmpty())
        m_span->setText(tr("%1 ✕", "a span of time the programme is narrowed to").arg(m_spanLabel));
}

void ProgrammeFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the lists are refilled by the window, in the new language
    QWidget::changeEvent(event);
}

void ProgrammeFilterBar::setDays(const QList<QDate> &days, const QDate &current, Language language)
{
    const TimeFormatter formatter(localeOf(language), QTimeZone::utc());
    m_days->clear();
    m_days->addItem(tr("All days"), QDate());
    for (const QDate &day : days)
        m_days->addItem(formatter.day(day), day);
    showDay(current);
    m_days->setVisible(days.size() > 1);
}

void ProgrammeFilterBar::setTracks(
    const QList<Track> &tracks, const QString &current, Language language)
{
    m_tracks->clear();
    m_tracks->addItem(tr("All tracks"), QString());
    for (const Track &track : tracks)
        m_tracks->addItem(track.name.text(language), track.key);
    showTrack(current);
}

void ProgrammeFilterBar::setRooms(const QStringList &rooms, const QString &current)
{
    m_rooms->clear();
    m_rooms->addItem(tr("All rooms"), QString());
    for (const QString &room : rooms)
        m_rooms->addItem(room, room);
    showRoom(current);
    m_rooms->setVisible(!rooms.isEmpty());
}

void ProgrammeFilterBar::showTimeSpan(const QString &label)
{
    m_spanLabel = label;
    m_span->setVisible(!label.isEmpty());
    retranslateUi();
}

void ProgrammeFilterBar::setChangeCount(int count)
{
    m_changeCount = count;
    m_changes->setVisible(count > 0 || m_changes->isChecked());
    retranslateUi();
}

void ProgrammeFilterBar::showChangesOnly(bool on)
{
    const QSignalBlocker quiet(m_changes);
    m_changes->setChecked(on);
    m_markSeen->setVisible(on);
    m_changes->setVisible(m_changeCount > 0 || on);
}

void ProgrammeFilterBar::show(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

void ProgrammeFilterBar::showDay(const QDate &day)
{
    show(m_days, day);
}

void ProgrammeFilterBar::showTrack(const QString &trackKey)
{
    show(m_tracks, trackKey);
}

void ProgrammeFilterBar::showRoom(const QString &room)
{
    show(m_rooms, room);
}

} // namespace planner
