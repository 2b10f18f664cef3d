/**
 * The part of Phaser the game uses, as the `phaser` module of src/game (see vite.config.ts). Scene
 * plugins and game object factories register themselves when their module loads, so this list is
 * what makes `this.add.graphics`, `this.add.text`, `this.tweens`, `this.time`, `this.input` and the
 * cameras exist; everything else Phaser offers (sprites, the loader, physics, …) is left out of the
 * download.
 */
// First: the renderer's modules require each other in a cycle that resolves only when it is entered
// from the renderer's index (as Phaser's own entries do); entered from the game, a class would extend
// a module that has not finished loading.
import 'phaser-src/renderer/index.js';
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import Scene from 'phaser-src/scene/Scene.js';
import SceneEvents from 'phaser-src/scene/events/index.js';
import ScaleModes from 'phaser-src/scale/const/SCALE_MODE_CONST.js';
import 'phaser-src/polyfills/requestVideoFrame.js';
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/time/Clock.js';
import 'phaser-src/input/InputPlugin.js';
import 'phaser-src/tweens/TweenManager.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';

export default { ...CONST, Game, Scene, Scenes: { Events: SceneEvents }, Scale: { ...ScaleModes } };
