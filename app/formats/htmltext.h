#pragma once

#include <QString>

namespace planner {

// Turns the HTML fragments programmes publish (abstracts, descriptions) into
// plain text: tags are dropped, <script> and <style> with their content,
// entities are decoded and paragraph breaks kept. Nothing is ever executed or
// kept as markup. QTextDocument would do this too, but needs a GUI application,
// which the command line does not create.
class HtmlText
{
public:
    // Text with block-level tags (<p>, <br>, <li>...) is read as HTML: runs of
    // white space collapse and blocks become line breaks. Other text keeps its
    // own line breaks, with stray inline tags and entities still cleaned up.
    static QString toPlainText(const QString &text);

    // Whether the text has a block-level tag: <p>, <br/>, <LI class="x">... (as the
    // expression <(p|br|div|ul|ol|li|h[1-6]|table|tr|blockquote|pre|hr)\b[^<>]*>
    // would find, ignoring case).
    static bool looksLikeHtml(QStringView text);

    // "&amp;" -> "&", "&#13;" -> CR, "&#x263A;" -> U+263A; unknown entities stay.
    static QString decodeEntities(const QString &text);
};

} // namespace planner
