// The rule-based planner on the arguments of each task (round 13p, from the phenomena of
// probe-args.jsonl and fresh9's tune part), in wordings written for these tests (none copied from a
// probe or dev set).
import t from 'tap';
import { cases } from './rules-cases.js';

t.test('chatter around a prompt or an edit is no part of it', async (t) => {
  cases(t, [
    // A trailing dash, or thanks set apart by one, ends the text.
    ['draw a paper lantern floating over a dark lake -', ['text-to-image(text=a paper lantern floating over a dark lake)']],
    ['I would love a picture: two owls sharing an umbrella in the rain — thanks!', ['text-to-image(text=two owls sharing an umbrella in the rain)']],
    ['please edit c.jpg: put a party hat on the dog - cheers', ['image-to-image(image=c.jpg, text=put a party hat on the dog)']],
    // A participle after a comma describes the picture: it is no second request.
    ["I'd love an image of an old tram in the fog, drawn in charcoal", ['text-to-image(text=an old tram in the fog, drawn in charcoal)']],
    // An edit of "it" / "that" keeps the user's words; a file's name is cut.
    ['make a picture of a castle on a hill -> then turn that into a mosaic', ['text-to-image(text=a castle on a hill)', 'image-to-image(image=<GENERATED>-0, text=turn that into a mosaic) <- 0']],
    ['make e.jpg look like a stained glass window', ['image-to-image(image=e.jpg, text=look like a stained glass window)']],
  ]);
});
