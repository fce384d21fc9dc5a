#include "csvwriter.h"

#include "agendatext.h"

namespace planner {

CsvWriter::CsvWriter(const ExportOptions &options)
    : m_options(options)
{
}

QString CsvWriter::cell(const QString &value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(u'\'');
    const bool needsQuotes = text.contains(u'"') || text.contains(u',') || text.contains(u'\n')
        || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QStringList CsvWriter::header() const
{
    QStringList names { tr("Date"), tr("Start"), tr("End"), tr("Time zone"), tr("When"),
        tr("Title"), tr("Code"), tr("Track"), tr("Room"), tr("Speakers"), tr("Overview"),
        tr("Description"), tr("Key points"), tr("Topics"), tr("Links") };
    if (m_options.withNotes)
        names.append(tr("Notes"));
    names.append(tr("Session key"));
    return names;
}

QStringList CsvWriter::row(
    const AgendaText &text, const Agenda &agenda, const AgendaItem &item) const
{
    const QTimeZone zone = agenda.timeZone();
    const QDateTime start = item.start();
    const QDateTime end = item.end();
    // The date the start happens on, so that the date and start cells together are
    // the instant (a night session is on the calendar day after its conference day).
    const QDate day = start.isValid() ? start.toTimeZone(zone).date() : item.day(zone);
    QStringList points;
    for (const AgendaText::Point &point : text.points(item))
        points.append(text.pointLine(point));
    // One link a line, its title first when it has one, so a spreadsheet shows both.
    QStringList links;
    for (const Link &link : AgendaText::shownLinks(item)) {
        const QString address = link.url().toString(QUrl::FullyEncoded);
        const QString title = link.title.simplified();
        links.append(title.isEmpty() || title == address ? address : title + u' ' + address);
    }
    // Times are ISO 8601 wall-clock times at the conference, as spreadsheets parse them.
    QStringList cells { day.isValid() ? day.toString(Qt::ISODate) : QString(),
        start.isValid() ? start.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QString(),
        end.isValid() ? end.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QString(),
        start.isValid() ? QString::fromUtf8(zone.id()) : QString(), text.when(item),
        text.title(item), item.session.code, item.trackName.text(m_options.language),
        item.session.room, item.session.speakers.join(QStringLiteral(", ")),
        item.session.overview.text(m_options.language),
        item.session.description.text(m_options.language), points.join(u'\n'),
        text.topics(item, QStringLiteral(", ")), links.join(u'\n') };
    if (m_options.withNotes)
        cells.append(item.note);
    cells.append(item.session.key);
    return cells;
}

QByteArray CsvWriter::write(const Agenda &agenda) const
{
    const AgendaText text(agenda, m_options.language);
    QList<QStringList> rows { header() };
    for (const AgendaItem &item : agenda.items)
        rows.append(row(text, agenda, item));
    QString out;
    for (const QStringList &cells : rows) {
        QStringList escaped;
        for (const QString &value : cells)
            escaped.append(cell(value));
        out += escaped.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace planner
