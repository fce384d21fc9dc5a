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
    if (lines < 1 || count(text, font, width) <= lines)
        return text;
    const int last = lineStarts(text, font, width, lines).constLast();
    return text.left(last) + QFontMetrics(font).elidedText(text.mid(last), Qt::ElideRight, width);
}

int ElidedLines::count(const QString &text, const QFont &font, int width)
{
    return int(lineStarts(text, font, width, -1).size());
}

} // namespace planner
