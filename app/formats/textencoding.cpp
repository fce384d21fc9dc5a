#include "textencoding.h"

#include <QStringDecoder>

namespace planner {

namespace {

// Of the first bytes, how many NULs sit at even and at odd offsets: ASCII text in
// UTF-16 has one in every pair, on the side its byte order puts the high byte.
std::pair<int, int> nulsByParity(QByteArrayView head)
{
    int even = 0, odd = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(head.size(), 512); ++i) {
        if (head.at(i) == '\0')
            ++(i % 2 ? odd : even);
    }
    return { even, odd };
}

QString decoded(QByteArrayView bytes, QStringConverter::Encoding encoding, bool *ok)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError() && bytes.size() % 2 == 0;
    // Qt's decoder passes unpaired surrogates through, and toUtf8() would make them
    // question marks: they are no text.
    for (qsizetype i = 0; *ok && i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            *ok = false;
    }
    return text;
}

} // namespace

TextEncoding::Kind TextEncoding::of(QByteArrayView head)
{
    // UTF-32's little-endian mark starts as UTF-16's does: it is looked for first.
    // Marks spelled out with their lengths: a literal's NULs would end it.
    if (head.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))
        || head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return Kind::Utf32;
    if (head.startsWith(QByteArrayView("\xFF\xFE", 2)))
        return Kind::Utf16LittleEndian;
    if (head.startsWith(QByteArrayView("\xFE\xFF", 2)))
        return Kind::Utf16BigEndian;
    if (!head.contains('\0'))
        return Kind::Utf8;
    const auto [even, odd] = nulsByParity(head);
    const qsizetype pairs = std::min<qsizetype>(head.size(), 512) / 2;
    if (pairs > 0 && (even >= pairs * 9 / 10 || odd >= pairs * 9 / 10) && std::min(even, odd) == 0)
        return Kind::Utf16WithoutMark;
    return Kind::Binary;
}

std::optional<QByteArray> TextEncoding::toUtf8(
    const QByteArray &bytes, const QString &fileName, ReadError *error)
{
    const Kind kind = of(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
    const auto fail = [&](qint64 offset, const QString &message) {
        *error = ReadError { fileName, 0, 0, offset, message };
        return std::nullopt;
    };
    switch (kind) {
    case Kind::Utf8:
    case Kind::Binary: // each reader says where its text breaks
        return bytes;
    case Kind::Utf16LittleEndian:
    case Kind::Utf16BigEndian: {
        bool ok = false;
        const QString text = decoded(QByteArrayView(bytes).sliced(2),
            kind == Kind::Utf16LittleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
            &ok);
        if (!ok)
            return fail(-1,
                tr("the file starts as UTF-16 (%1) but is not valid UTF-16 text")
                    .arg(kind == Kind::Utf16LittleEndian ? tr("little-endian") : tr("big-endian")));
        return text.toUtf8();
    }
    case Kind::Utf32:
        return fail(0, tr("the file is UTF-32 text; save it as UTF-8 or UTF-16"));
    case Kind::Utf16WithoutMark:
        return fail(
            0, tr("the file looks like UTF-16 text without a byte order mark; save it as UTF-8"));
    }
    return bytes;
}

QByteArray TextEncoding::headAsUtf8(const QByteArray &head)
{
    const Kind kind = of(head);
    if (kind != Kind::Utf16LittleEndian && kind != Kind::Utf16BigEndian)
        return head;
    // The head may end inside a character: decode whole code units, and let a
    // character split across the end go.
    QStringDecoder decoder(
        kind == Kind::Utf16LittleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    const QByteArrayView units = QByteArrayView(head).sliced(2);
    return QString(decoder.decode(units.first(units.size() - units.size() % 2))).toUtf8();
}

} // namespace planner
