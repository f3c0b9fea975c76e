// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

class QCommandLineOption;
class QCommandLineParser;

namespace oom::cli {

// Exit statuses every subcommand uses (README "Use it": 0 read, 2 an input could not be read).
enum ExitStatus : int {
    ExitOk = 0, // inputs were read (even with no incidents)
    ExitUsage = 1, // unknown option, format or subcommand
    ExitInputError = 2, // an input could not be read; the others were still reported
};

// One subcommand of oomlens-cli. Adding one (rank, snapshot, watch, collect) is a new
// <name>command.cpp with its run function and one line in the table in subcommands.cpp.
struct Subcommand {
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("Cli", ...), shown by --help
    // arguments[0] is "oomlens-cli <name>", the rest are the subcommand's own arguments.
    int (*run)(const QStringList &arguments);
};

std::span<const Subcommand> subcommands();
const Subcommand *findSubcommand(QStringView name);

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString programName(); // "oomlens-cli"
    static QString generator(); // "oomlens-cli 0.1.0", the report's "generator"
    // "oomlens-cli: <subject>: <message>" on stderr, always on one line.
    static void printError(const QString &subject, const QString &message);
    static void printNotice(const QString &message); // "oomlens-cli: <message>"
    // Prints the message and the usage to stderr and returns ExitUsage.
    static int usageError(const QString &message, const QString &usage);
    // The parser's help text with "oomlens-cli <subcommand>" in its usage line.
    static QString helpText(const QCommandLineParser &parser, const QString &subcommand);
    // -h, --help with our own (translated) text: QCommandLineParser's addHelpOption() brings
    // Qt's strings, which Qt's Japanese translation lacks, and --help-all for Qt's options.
    static QCommandLineOption helpOption();
    enum class Positional { Allowed, None };
    // Parses a subcommand's arguments (with a help option added). When the command is done
    // already, returns its exit status: ExitOk after printing the help, ExitUsage after
    // printing what is wrong and the usage. Otherwise nullopt: go on.
    static std::optional<int> parseArguments(QCommandLineParser &parser,
                                             const QStringList &arguments, const QString &usage,
                                             Positional positional);
    static void writeStdout(const QByteArray &bytes);
};

} // namespace oom::cli
