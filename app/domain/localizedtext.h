#pragma once

#include "language.h"

#include <QString>

namespace planner {

// How Chinese content reaches a reader of the Chinese interface: converted from
// Simplified into Traditional script, say, or as written (none installed).
class ChineseRendering
{
public:
    virtual ~ChineseRendering() = default;
    virtual QString render(const QString &text) const = 0;
};

// A piece of conference content in up to two languages. Text published in a
// language other than Chinese or English is kept in `en` as written, so both
// interface languages fall back to it.
struct LocalizedText
{
    QString zh;
    QString en;

    // The text for `language`, or the other one when that is empty; for Chinese,
    // through the ChineseRendering installed, if any.
    QString text(Language language) const;
    // The same, always as the programme wrote it.
    QString written(Language language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    bool contains(const QString &needle) const;

    // What every text(Language::Chinese) goes through from now on; null: as written.
    // The program installs it at start, and again when the user changes the choice.
    static void setChineseRendering(const ChineseRendering *rendering);
    static const ChineseRendering *chineseRendering();

    static LocalizedText chinese(const QString &text) { return { text, QString() }; }
    static LocalizedText english(const QString &text) { return { QString(), text }; }

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.zh == b.zh && a.en == b.en;
    }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

} // namespace planner
