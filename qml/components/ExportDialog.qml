// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import OomLens

// Export: the format, redaction, then where to save.
Dialog {
    id: dialog

    required property Exporter exporter
    required property var incident
    property bool incidentOnly: false

    title: incidentOnly ? qsTr("Export the incident") : qsTr("Export the session")
    standardButtons: Dialog.Save | Dialog.Cancel
    modal: true
    anchors.centerIn: parent
    onAccepted: saveDialog.open()

    ColumnLayout {
        anchors.fill: parent
        ComboBox {
            id: format
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("Markdown (for a ticket or a wiki)"), value: Exporter.Markdown },
                { text: qsTr("HTML (for a browser or mail)"), value: Exporter.Html },
                { text: qsTr("JSON (for scripts)"), value: Exporter.Json },
                { text: qsTr("Plain text"), value: Exporter.Text }
            ]
            Accessible.name: qsTr("Format")
        }
        CheckBox {
            id: redact
            text: qsTr("Redact host names, user names, home paths and IP addresses")
        }
        Label {
            visible: redact.checked
            Layout.fillWidth: true
            Layout.maximumWidth: 480
            wrapMode: Text.Wrap
            opacity: 0.8
            text: qsTr("Each is replaced by the same stand-in everywhere. Process names and "
                       + "cgroup paths stay: check them before you publish the report.")
        }
        Button {
            text: qsTr("Copy as text instead")
            onClicked: {
                dialog.exporter.copyAsText(dialog.incidentOnly ? dialog.incident : undefined,
                                           redact.checked);
                dialog.close();
            }
        }
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        defaultSuffix: dialog.exporter.suffix(format.currentValue)
        onAccepted: dialog.exporter.exportTo(selectedFile, format.currentValue, redact.checked,
                                             dialog.incidentOnly ? dialog.incident : undefined)
    }
}
