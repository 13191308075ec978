import type { GoogleGenAI } from '@google/genai';
import type { AudioClip, AudioFormat } from '../../values/audio-clip';
import { TRANSCRIPTION_HINT, type Transcriber } from '../transcriber';
import { geminiClient, geminiStatus, type GeminiOptions } from './gemini-provider';
import { transcriptionFailure } from './transcription-failure';

const INSTRUCTION = `${TRANSCRIPTION_HINT}
Transcribe the speech in the audio exactly as it is said, in Latin script (Hindi words romanised as
spoken). Return only the words, as plain text: no quotes, no labels, no timestamps. If nothing is
said, return nothing.`;

/**
 * Transcription through Gemini's generateContent with the clip inline (base64 `inlineData`), the way
 * the Gemini API takes audio of up to 20 MB a request. Gemini reads WAV, MP3, AIFF, AAC, OGG and FLAC.
 */
export class GeminiTranscriber implements Transcriber {
  readonly name = 'gemini';
  readonly accepts: readonly AudioFormat[] = ['wav', 'mp3', 'aiff', 'aac', 'ogg', 'flac'];
  private client: GoogleGenAI | undefined;

  constructor(private readonly options: GeminiOptions) {}

  async transcribe(clip: AudioClip): Promise<string> {
    this.client ??= geminiClient(this.options);
    try {
      const response = await this.client.models.generateContent({
        model: this.options.model,
        contents: [
          {
            role: 'user',
            parts: [
              { text: 'Transcribe this recording.' },
              { inlineData: { mimeType: clip.mimeType, data: clip.bytes.toString('base64') } },
            ],
          },
        ],
        config: { systemInstruction: INSTRUCTION, temperature: 0 },
      });
      return response.text ?? '';
    } catch (error) {
      throw transcriptionFailure(this.name, 'Gemini', error, geminiStatus(error));
    }
  }
}
