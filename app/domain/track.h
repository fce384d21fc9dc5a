#pragma once

#include "localizedtext.h"

namespace planner {

struct Track
{
    QString key; // stable within its conference
    LocalizedText name;
};

} // namespace planner
