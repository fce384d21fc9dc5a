#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QString>

namespace planner {

// Makes a PDF's text layer give back the characters that were written. Qt's PDF
// engine maps each embedded glyph back to the lowest code point below U+10000 the
// font gives that glyph: a CJK ideograph drawn with a font that shares it with a
// radical (人 and ⼈, 長 and ⻑) is copied and searched as the radical, and a glyph
// for a character beyond U+FFFF (an emoji) maps to nothing. This rewrites each
// font's ToUnicode map from the text drawn: a code the text never uses becomes the
// character it uses that the font draws with the same glyph, and glyphs left
// without a character get the characters beyond U+FFFF the font drew, in the
// order the text first uses them (the order Qt numbers glyphs in).
class PdfTextLayer
{
public:
    // `pdf` with its ToUnicode maps corrected for `text`, the text it shows in the
    // order it is painted, drawn with `fonts` (matched to the PDF's by name); `pdf`
    // unchanged when nothing needs correcting or it is not laid out as Qt writes.
    static QByteArray withTextOf(
        const QByteArray &pdf, const QString &text, const QList<QRawFont> &fonts);
};

} // namespace planner
