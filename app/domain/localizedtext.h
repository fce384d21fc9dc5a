#pragma once

#include "language.h"

#include <QString>

namespace planner {

// A piece of conference content in up to two languages. Text published in a
// language other than Chinese or English is kept in `en` as written, so both
// interface languages fall back to it.
struct LocalizedText
{
    QString zh;
    QString en;

    // The text for `language`, or the other one when that is empty.
    QString text(Language language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    bool contains(const QString &needle) const;

    static LocalizedText chinese(const QString &text) { return { text, QString() }; }
    static LocalizedText english(const QString &text) { return { QString(), text }; }

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.zh == b.zh && a.en == b.en;
    }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

} // namespace planner
