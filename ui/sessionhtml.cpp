#include "sessionhtml.h"

#include "timeformatter.h"

#include <QTimeZone>

namespace planner {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SessionHtml::SessionHtml(const Conference &conference, Language language)
    : m_conference(conference)
    , m_language(language)
{
}

QString SessionHtml::whenLine(const Session &session) const
{
    const TimeFormatter formatter(localeOf(m_language), QTimeZone(m_conference.timeZone.toUtf8()));
    QString line = escaped(formatter.format(session.time));
    if (session.time.kind() == SessionTime::Kind::Timed && !m_conference.timeZone.isEmpty())
        line += QStringLiteral(" <span style=\"color:gray\">(%1)</span>")
                    .arg(escaped(m_conference.timeZone));
    if (!session.room.isEmpty())
        line += QStringLiteral(" · ") + escaped(session.room);
    return line;
}

QString SessionHtml::keyPoints(const Session &session) const
{
    if (session.keyPoints.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Key points")));
    for (const KeyPoint &point : session.keyPoints) {
        html += QStringLiteral("<li>");
        if (!point.lead.isEmpty())
            html += QStringLiteral("<b>%1:</b> ").arg(escaped(point.lead.text(m_language)));
        html += escaped(point.text.text(m_language)) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString SessionHtml::topics(const Session &session) const
{
    if (session.topics.isEmpty())
        return {};
    QStringList names;
    for (const LocalizedText &topic : session.topics)
        names.append(escaped(topic.text(m_language)));
    return QStringLiteral("<p><b>%1</b> %2</p>")
        .arg(escaped(tr("Topics:")), names.join(QStringLiteral(" · ")));
}

QString SessionHtml::render(const Session &session, const QString &trackName) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(session.title.text(m_language)));
    QStringList facts;
    if (!session.code.isEmpty())
        facts.append(escaped(session.code));
    facts.append(escaped(trackName));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(facts.join(QStringLiteral(" · ")), whenLine(session));
    if (!session.speakers.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("Speakers:")),
                        escaped(session.speakers.join(QStringLiteral(", "))));
    if (!session.overview.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(session.overview.text(m_language)));
    return html + keyPoints(session) + topics(session);
}

QString SessionHtml::renderConference() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(m_conference.title.text(m_language)));
    const QLocale locale = localeOf(m_language);
    QStringList facts;
    if (m_conference.startDate.isValid())
        facts.append(escaped(tr("%1 to %2", "conference dates")
                                 .arg(locale.toString(m_conference.startDate, QLocale::LongFormat),
                                     locale.toString(m_conference.endDate, QLocale::LongFormat))));
    if (!m_conference.city.isEmpty())
        facts.append(escaped(m_conference.venue.isEmpty()
                ? m_conference.city
                : m_conference.venue + QStringLiteral(", ") + m_conference.city));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    for (const LocalizedText &paragraph : m_conference.description)
        html += QStringLiteral("<p>%1</p>").arg(escaped(paragraph.text(m_language)));
    return html;
}

} // namespace planner
