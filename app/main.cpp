// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "app/cli.h"

int main(int argc, char *argv[])
{
    return app::main(argc, argv);
}
