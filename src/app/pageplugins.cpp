// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The static QML plugins of the modules Main.qml imports besides OomLens itself: linking
// oomapppages brings their registrations into the app and into every test that loads
// Main.qml.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OomLens_MemoryPlugin)
Q_IMPORT_QML_PLUGIN(OomLens_ChartsPlugin)
Q_IMPORT_QML_PLUGIN(OomLens_WizardsPlugin)
