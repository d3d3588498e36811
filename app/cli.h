// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

namespace app {

// Exit codes of the headless commands.
enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

// The program: with no subcommand the window, with one a headless command.
int main(int argc, char *argv[]);

} // namespace app
