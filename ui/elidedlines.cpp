#include "elidedlines.h"

#include <QFontMetrics>
#include <QTextLayout>

namespace planner {

namespace {

// The start of each line `text` is wrapped into, `lines` at most (all when negative).
QList<int> lineStarts(const QString &text, const QFont &font, int width, int lines)
{
    QTextLayout layout(text, font); // wrapped at words, as QStaticText wraps
    QList<int> starts;
    layout.beginLayout();
    while (lines < 0 || starts.size() < lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        starts.append(line.textStart());
    }
    layout.endLayout();
    return starts;
}

} // namespace

QString ElidedLines::fit(const QString &text, const QFont &font, int width, int lines)
{
    // One line more than shown tells whether the text fits.
    const QList<int> starts = lineStarts(text, font, width, lines + 1);
    if (lines < 1 || starts.size() <= lines)
        return text;
    const int last = starts.at(lines - 1);
    return text.left(last) + QFontMetrics(font).elidedText(text.mid(last), Qt::ElideRight, width);
}

int ElidedLines::count(const QString &text, const QFont &font, int width)
{
    return int(lineStarts(text, font, width, -1).size());
}

} // namespace planner
