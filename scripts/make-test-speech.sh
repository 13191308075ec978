#!/usr/bin/env bash
# Makes the spoken requests the voice tests stream to the fake Gemini Live server: real speech,
# synthesised offline by Debian's espeak-ng (apt-get install espeak-ng). Output: 22.05 kHz mono WAV,
# which also exercises the resampling to the 16 kHz that Gemini Live takes.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/audio"
espeak-ng -v en-in -s 150 -w create-lead.wav "Add a new lead Rohan Sharma from Gurgaon, phone nine eight seven six five four three two one zero."
espeak-ng -v en-in -s 150 -w book-visit.wav "Book a site visit for him tomorrow at four p m."
ls -l ./*.wav
