#pragma once

#include <QString>

class QFont;

namespace planner {

// A text wrapped into a few lines at most, as a block of the day grid shows a title:
// where it needs more, its last line ends with an ellipsis, so that a title cut short
// does not read as the whole of it.
class ElidedLines
{
public:
    // `text` as it fits in `lines` lines of `width` pixels in `font`, wrapped at
    // words; unchanged when it fits.
    static QString fit(const QString &text, const QFont &font, int width, int lines);
    // How many lines `text` takes wrapped at words in `width` pixels of `font`.
    static int count(const QString &text, const QFont &font, int width);
};

} // namespace planner
