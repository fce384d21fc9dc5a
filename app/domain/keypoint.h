#pragma once

#include "localizedtext.h"

namespace planner {

// One key point of a session. Digests often open a point with a bold lead-in
// ("**World Model:** ..."); the lead is kept apart so views can render it bold.
struct KeyPoint
{
    LocalizedText lead; // empty when the point has no lead-in
    LocalizedText text;

    // Identifies the point for the user's annotations: derived from the text as
    // published, so it survives reordering when a programme is updated.
    QString key() const;

    friend bool operator==(const KeyPoint &a, const KeyPoint &b)
    {
        return a.lead == b.lead && a.text == b.text;
    }
};

} // namespace planner
