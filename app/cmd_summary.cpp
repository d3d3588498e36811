// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// PLACEHOLDER: being written; replace this whole file.
#include "command.h"

namespace app {

int runSummary(CommandContext &context)
{
    return context.usage(QStringLiteral("not built yet"));
}

} // namespace app
