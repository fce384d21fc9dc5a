#include "agendatext.h"

namespace planner {

AgendaText::AgendaText(const Agenda &agenda, Language language)
    : m_agenda(agenda)
    , m_language(language)
    , m_formatter(localeOf(language), agenda.timeZone())
{
}

QString AgendaText::conferenceTitle() const
{
    return m_agenda.conference.title.text(m_language);
}

QString AgendaText::conferenceDates() const
{
    const Conference &c = m_agenda.conference;
    if (!c.startDate.isValid())
        return {};
    const QLocale locale = localeOf(m_language);
    const QString start = locale.toString(c.startDate, QLocale::LongFormat);
    if (!c.endDate.isValid() || c.endDate == c.startDate)
        return start;
    return tr("%1 to %2", "conference dates")
        .arg(start, locale.toString(c.endDate, QLocale::LongFormat));
}

QString AgendaText::title(const AgendaItem &item) const
{
    return item.session.title.text(m_language);
}

QString AgendaText::when(const AgendaItem &item) const
{
    const SessionTime &time = item.session.time;
    if (time.kind() == SessionTime::Kind::Timed || !item.plannedTime)
        return m_formatter.format(time);
    const QDateTime start = item.plannedTime->start;
    const SessionTime planned
        = SessionTime::timed(start, item.plannedTime->end, item.day(m_agenda.timeZone()));
    return tr("%1 · planned %2", "on demand or time TBA, then when the user plans to watch")
        .arg(m_formatter.format(
                 time.kind() == SessionTime::Kind::DateOnly ? time : SessionTime::onDemand()),
            m_formatter.format(planned));
}

QString AgendaText::dayHeading(const AgendaItem &item) const
{
    const QDate day = item.day(m_agenda.timeZone());
    return day.isValid() ? m_formatter.day(day) : m_formatter.format(SessionTime::onDemand());
}

QString AgendaText::topics(const AgendaItem &item, const QString &separator) const
{
    QStringList names;
    for (const LocalizedText &topic : item.session.topics)
        names.append(topic.text(m_language));
    return names.join(separator);
}

QString AgendaText::overview(const AgendaItem &item) const
{
    return item.session.overview.text(m_language).trimmed();
}

QString AgendaText::description(const AgendaItem &item) const
{
    const QString description = item.session.description.text(m_language).trimmed();
    // Compared without white space: programmes repeat the abstract with other line breaks.
    const auto bare = [](const QString &text) { return text.simplified(); };
    const QString abstract = overview(item);
    if (description.isEmpty()
        || (!abstract.isEmpty() && bare(abstract).contains(bare(description))))
        return {};
    return description;
}

QString AgendaText::speakers(const AgendaItem &item) const
{
    return item.session.speakers.join(
        m_language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

bool AgendaText::isSafeLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.isRelative()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http")
            || scheme == QLatin1String("mailto"))
        && (scheme == QLatin1String("mailto") || !url.host().isEmpty());
}

QList<Link> AgendaText::shownLinks(const AgendaItem &item)
{
    QList<Link> links;
    for (const Link &link : item.session.links) {
        const QUrl url = link.url();
        if (isSafeLink(url) || (url.isValid() && url.scheme().isEmpty() && !link.address.isEmpty()))
            links.append(link);
    }
    return links;
}

QString AgendaText::linkText(const Link &link)
{
    const QString title = link.title.simplified();
    return title.isEmpty() ? link.url().toString(QUrl::FullyEncoded) : title;
}

QList<AgendaText::Point> AgendaText::points(const AgendaItem &item) const
{
    QList<Point> list;
    const auto mark = [&item](Point &point, const QString &key) {
        if (const Annotation *annotation = item.annotation(key)) {
            point.starred = annotation->starred;
            point.comment = annotation->comment;
        }
    };
    for (const KeyPoint &keyPoint : item.session.keyPoints) {
        Point point;
        point.lead = keyPoint.lead.text(m_language);
        point.text = keyPoint.text.text(m_language);
        mark(point, keyPoint.key());
        list.append(point);
    }
    for (const UserKeyPoint &own : item.userKeyPoints) {
        Point point;
        point.text = own.text;
        point.own = true;
        mark(point, own.key);
        list.append(point);
    }
    return list;
}

QString AgendaText::pointLine(const Point &point) const
{
    QString line = point.starred ? QStringLiteral("★ ") : QString();
    if (!point.lead.isEmpty())
        line += tr("%1: %2", "key point lead-in, then its text").arg(point.lead, point.text);
    else
        line += point.text;
    if (point.own)
        line += QStringLiteral(" (%1)").arg(ownPointLabel());
    if (!point.comment.isEmpty())
        line += QStringLiteral(" — ") + point.comment;
    return line;
}

} // namespace planner
