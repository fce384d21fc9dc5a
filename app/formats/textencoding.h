#pragma once

#include "readresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace planner {

// The encoding a programme file is written in, told from its first bytes. Every
// reader reads UTF-8; a file saved as UTF-16 (Windows editors write it with a
// byte order mark) is decoded to UTF-8 first, and one that is not text is refused
// with why, before any reader sees it.
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(planner::TextEncoding)

public:
    enum class Kind { Utf8, Utf16LittleEndian, Utf16BigEndian, Utf32, Utf16WithoutMark, Binary };

    // What `head` (the start of a file) is written in.
    static Kind of(QByteArrayView head);

    // `bytes` as UTF-8: unchanged when they claim no other encoding (each reader
    // says where its text breaks), decoded from UTF-16 after its byte order mark;
    // nullopt with `error` set for UTF-16 that does not decode, UTF-32 and UTF-16
    // without a mark.
    static std::optional<QByteArray> toUtf8(
        const QByteArray &bytes, const QString &fileName, ReadError *error);

    // The start of `head` as UTF-8 for telling its format: UTF-16 decoded as far
    // as it goes, anything else as it is.
    static QByteArray headAsUtf8(const QByteArray &head);
};

} // namespace planner
