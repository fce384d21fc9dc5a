#include "icalendareventlines.h"

namespace planner {

void ICalendarEventLines::append(const QList<ContentLine> &lines, QByteArrayView file)
{
    m_eventFrom.append(m_bytes.size());
    m_firstLine.append(m_lineNumbers.size());
    for (const ContentLine &line : lines) {
        m_bytes += file.sliced(line.offset, line.end - line.offset);
        // The file's last line may end without a line break; here another follows.
        if (!m_bytes.endsWith('\n'))
            m_bytes += "\r\n";
        m_lineNumbers.append(line.line);
    }
}

const QList<ContentLine> &ICalendarEventLines::at(int index) const
{
    if (index == m_parsed)
        return m_lines;
    m_lines.clear();
    m_parsed = index;
    const qsizetype from = m_eventFrom.at(index);
    const qsizetype to
        = index + 1 < m_eventFrom.size() ? m_eventFrom.at(index + 1) : m_bytes.size();
    if (from == to)
        return m_lines;
    const QByteArray bytes = QByteArray::fromRawData(m_bytes.constData() + from, to - from);
    // These lines were read once already: they cannot fail now.
    ReadError ignored;
    qsizetype number = m_firstLine.at(index);
    ICalendarContent::parse(
        bytes, QString(), &ignored, m_fieldLimit, [this, &number](ContentLine &&line) {
            line.line = m_lineNumbers.value(number++);
            m_lines.append(std::move(line));
        });
    return m_lines;
}

void ICalendarEventLines::clear()
{
    *this = ICalendarEventLines(m_fieldLimit);
}

} // namespace planner
